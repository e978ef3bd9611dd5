package org.opendars.linkage.engine.quality;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this process: the resident-set high-water mark where the operating system reports it
 * (Linux), otherwise the sum of the heap pools' peaks.
 */
public final class MemoryUse {

    private static final Path STATUS = Path.of("/proc/self/status");

    private MemoryUse() {
    }

    public static long peakMegabytes() {
        try {
            if (Files.isReadable(STATUS)) {
                for (String line : Files.readAllLines(STATUS)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall back to the JVM's own accounting below
        }
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
