package nl.trefpunt.reservation;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * reservation-service: the spaces (rooms, halls) of the centres and, in later issues, their
 * availability, bookings, rates, payments, invoices and calendars. Tenancy, security and API
 * conventions come from platform/.
 */
@SpringBootApplication
public class ReservationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReservationServiceApplication.class, args);
    }

    /** One clock for every timestamp the service sets, so tests and production agree on UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
