package nl.trefpunt.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/** Puts {@link ProblemReportValve} in the place of Tomcat's error report valve on the host. */
class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String apiVersion;

    ProblemReports(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(apiVersion));
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                // Otherwise the host adds Tomcat's own report valve again when it starts.
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
