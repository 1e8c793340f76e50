package nl.trefpunt.core;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * core-service: the centres of a municipality and, in later issues, their governance, back-office,
 * programme, volunteers, finance and subsidies. Tenancy, security and API conventions come from
 * platform/.
 */
@SpringBootApplication
public class CoreServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoreServiceApplication.class, args);
    }

    /** One clock for every timestamp the service sets, so tests and production agree on UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
