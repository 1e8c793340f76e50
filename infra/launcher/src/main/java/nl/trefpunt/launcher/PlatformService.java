package nl.trefpunt.launcher;

import java.nio.file.Path;
import java.util.Optional;

/** The four Spring Boot applications the launcher runs from their Boot jars. */
public enum PlatformService {
    TENANT_SERVICE("tenant-service", "trefpunt_tenant"),
    CORE_SERVICE("core-service", "trefpunt_core"),
    RESERVATION_SERVICE("reservation-service", "trefpunt_reservation"),
    GATEWAY("gateway", null);

    private final String module;
    private final String database;

    PlatformService(String module, String database) {
        this.module = module;
        this.database = database;
    }

    /** The Maven module, also the name of its log file. */
    public String module() {
        return module;
    }

    /** The PostgreSQL database this service owns, if it has one. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The Boot jar {@code ./mvnw install} leaves in the module's target directory. */
    Path jar(Path projectDirectory, String version) {
        return projectDirectory.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    int port(Ports ports) {
        return switch (this) {
            case TENANT_SERVICE -> ports.tenantService();
            case CORE_SERVICE -> ports.coreService();
            case RESERVATION_SERVICE -> ports.reservationService();
            case GATEWAY -> ports.gateway();
        };
    }
}
