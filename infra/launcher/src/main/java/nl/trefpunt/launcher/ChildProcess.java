package nl.trefpunt.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One server the launcher started (Keycloak or a service): its output goes to a log file, and its
 * process ids go to a pid file, so a later run can end what a crashed or killed launcher left
 * behind — only processes with the exact recorded id and start time, never anything by name.
 */
final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Path runDirectory)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(runDirectory);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        ChildProcess child = new ChildProcess(name, process, logFile, runDirectory.resolve(name + ".pid"));
        child.recordPids();
        return child;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code url} answers 200, failing early — with the end of the log — when the
     * process stops.
     */
    void awaitOk(URI url, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request =
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new StartFailed(name + " stopped during start-up (exit code " + process.exitValue() + ")."
                        + "\nLast lines of " + logFile + ":\n" + logTail(40));
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    recordPids();
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartFailed("Interrupted while waiting for " + name);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartFailed(name + " did not answer " + url + " within " + timeout.toSeconds() + " s."
                        + "\nLast lines of " + logFile + ":\n" + logTail(40));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> "  | " + line)
                    .collect(Collectors.joining("\n"));
        } catch (IOException | RuntimeException e) {
            return "  (log not readable: " + e.getMessage() + ")";
        }
    }

    /**
     * SIGTERM first: Spring Boot shuts down gracefully and kc.sh forwards it to Keycloak's JVM.
     * Whatever still runs after the timeout is killed.
     */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ChildProcess::end);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the process start time before it is acted on
        }
    }

    /** Ends processes recorded by an earlier run that were not stopped (launcher killed, crash). */
    static List<String> endLeftovers(Path runDirectory) {
        List<String> ended = new ArrayList<>();
        if (!Files.isDirectory(runDirectory)) {
            return ended;
        }
        try (Stream<Path> files = Files.list(runDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    recorded(line).ifPresent(handle -> {
                        end(handle);
                        ended.add(file.getFileName().toString().replace(".pid", "") + " (pid " + handle.pid() + ")");
                    });
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StartFailed("Could not read " + runDirectory + ": " + e.getMessage());
        }
        return ended;
    }

    private void recordPids() {
        List<String> lines = new ArrayList<>();
        lines.add(pidLine(process.toHandle()));
        process.descendants().forEach(handle -> lines.add(pidLine(handle)));
        try {
            Files.write(pidFile, lines);
        } catch (IOException e) {
            throw new StartFailed("Could not write " + pidFile + ": " + e.getMessage());
        }
    }

    private static String pidLine(ProcessHandle handle) {
        return handle.pid() + " "
                + handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The process of a pid-file line, only when it is still the same process (same start time). */
    private static Optional<ProcessHandle> recorded(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parts[0]);
            long started = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> started != 0
                            && handle.info()
                                    .startInstant()
                                    .map(Instant::toEpochMilli)
                                    .map(ms -> ms == started)
                                    .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void end(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted during start-up");
        }
    }
}
