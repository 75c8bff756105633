package org.eyesandears.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void namesLoseFoldersAndCharactersThatCouldBreakHeaders() {
        assertThat(FileNames.safeName("C:\\Users\\pc\\DCIM\\IMG_0001.JPG")).isEqualTo("IMG_0001.JPG");
        assertThat(FileNames.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safeName("store \"room\";\r\n.png")).isEqualTo("store _room____.png");
        assertThat(FileNames.safeName("invoice\u202Efdp.exe\u0000")).isEqualTo("invoice_fdp.exe_");
        assertThat(FileNames.safeName("..")).isEqualTo("attachment");
        assertThat(FileNames.safeName(null)).isEqualTo("attachment");
        assertThat(FileNames.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
