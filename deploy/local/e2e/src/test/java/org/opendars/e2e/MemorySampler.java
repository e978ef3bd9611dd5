package org.opendars.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Resident memory of the service processes, read from /proc every half second; reported, never asserted. */
final class MemorySampler {

    private final Platform platform;
    private final Map<String, Long> peak = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    private MemorySampler(Platform platform) {
        this.platform = platform;
    }

    static MemorySampler start(Platform platform) {
        MemorySampler sampler = new MemorySampler(platform);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, 500, TimeUnit.MILLISECONDS);
        return sampler;
    }

    Map<String, Long> current() {
        Map<String, Long> now = new TreeMap<>();
        for (String service : Platform.SERVICES) {
            platform.pid(service).ifPresent(pid -> now.put(service, residentMegabytes(pid)));
        }
        return now;
    }

    Map<String, Long> stop() {
        timer.shutdownNow();
        return new TreeMap<>(peak);
    }

    private void sample() {
        current().forEach((service, megabytes) -> peak.merge(service, megabytes, Math::max));
    }

    private static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended between listing and reading
        }
        return 0;
    }
}
