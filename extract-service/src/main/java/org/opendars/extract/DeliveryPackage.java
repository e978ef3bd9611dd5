package org.opendars.extract;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A delivery as one zip file: a file per data set and the manifest. Entries are stored uncompressed with a fixed
 * time, so the same files give the same bytes, and each file's bytes lie whole at a known offset: a recipient can
 * download one data set's file as a byte range of the package, and resume it.
 */
public final class DeliveryPackage {

    /** A file to pack, already written, with its digest and CRC computed as it was written. */
    public record Packed(String name, String datasetCode, long rows, String sha256, long crc32, Path path) {
    }

    /** Where a packed file's bytes are inside the package. */
    public record Placed(String name, String datasetCode, long rows, String sha256, long offset, long sizeBytes) {
    }

    public record Written(List<Placed> files, String sha256, long sizeBytes) {
    }

    public static final String MANIFEST = "manifest.json";

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeliveryPackage() {
    }

    public static Written write(Path target, List<Packed> files, byte[] manifest) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Placed> placed = new ArrayList<>();
        try (Counting counting = new Counting(new BufferedOutputStream(
                new DigestOutputStream(Files.newOutputStream(target), sha256), 1 << 16));
                ZipOutputStream zip = new ZipOutputStream(counting)) {
            for (Packed file : files) {
                zip.putNextEntry(stored(file.name(), Files.size(file.path()), file.crc32()));
                long offset = counting.count;
                Files.copy(file.path(), zip);
                zip.closeEntry();
                placed.add(new Placed(file.name(), file.datasetCode(), file.rows(), file.sha256(), offset,
                        Files.size(file.path())));
            }
            CRC32 crc = new CRC32();
            crc.update(manifest);
            zip.putNextEntry(stored(MANIFEST, manifest.length, crc.getValue()));
            zip.write(manifest);
            zip.closeEntry();
        }
        return new Written(placed, HexFormat.of().formatHex(sha256.digest()), Files.size(target));
    }

    private static ZipEntry stored(String name, long size, long crc) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }

    /** Counts the bytes that reach the file, so the offset of each entry's data is known. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
