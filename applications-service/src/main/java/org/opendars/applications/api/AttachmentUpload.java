package org.opendars.applications.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.opendars.applications.Attachment;
import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.InvalidRequestException.FieldError;

/**
 * An uploaded supporting document, checked before anything is kept: its kind, a type the case officer can open, a
 * size within the limit, and bytes that are what the type says (a renamed executable is not a PDF).
 */
record AttachmentUpload(Attachment.Kind kind, String fileName, String contentType, byte[] content) {

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
            "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
            "text/plain", new byte[0]);

    static AttachmentUpload read(String kind, FileUpload file, int maxBytes) {
        List<FieldError> errors = new ArrayList<>();
        Attachment.Kind parsed = Arrays.stream(Attachment.Kind.values())
                .filter(k -> kind != null && k.name().equals(kind.strip())).findFirst().orElse(null);
        if (parsed == null) {
            errors.add(new FieldError("kind", "must be one of " + Arrays.toString(Attachment.Kind.values())));
        }
        String type = file == null || file.contentType() == null ? ""
                : file.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] content = null;
        if (file == null || file.size() == 0) {
            errors.add(new FieldError("file", "the document is required"));
        } else if (!SIGNATURES.containsKey(type)) {
            errors.add(new FieldError("file", "must be one of " + SIGNATURES.keySet().stream().sorted().toList()));
        } else if (file.size() > maxBytes) {
            errors.add(new FieldError("file", "must be at most " + maxBytes + " bytes"));
        } else {
            content = bytes(file);
            if (!startsWith(content, SIGNATURES.get(type)) || type.equals("text/plain") && !isText(content)) {
                errors.add(new FieldError("file", "the content is not " + type));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "document" : file.fileName().strip();
        return new AttachmentUpload(parsed, name.length() > 200 ? name.substring(0, 200) : name, type, content);
    }

    private static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(content), java.nio.CharBuffer.allocate(content.length), true)
                .isUnderflow();
    }
}
