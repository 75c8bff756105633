package org.eyesandears.shared.upload;

/** Names of uploaded files, as people's computers send them, made safe to keep and to offer back. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * A name safe to store and to offer for download: no folders, no control, format (such as the
     * bidirectional overrides that make "invoice\u202Efdp.exe" read "invoiceexe.pdf") or quoting
     * characters, at most 200 characters, never empty.
     */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?;]", "_")
                .strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "attachment";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
