package org.eyesandears;

import java.util.*;
import com.tngtech.archunit.core.domain.*;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ExploreTest {
    static String ctx(String pkg) {
        String[] p = pkg.split("\\.");
        if (p.length < 3 || !pkg.startsWith("org.eyesandears.")) return null;
        return p[2] + (p.length > 3 ? "." + p[3] : "");
    }
    @Test
    void explore() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.eyesandears");
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = ctx(c.getPackageName());
            if (from == null || from.startsWith("linkage")) continue;
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = ctx(d.getTargetClass().getPackageName());
                if (to == null || to.split("\\.")[0].equals(from.split("\\.")[0]) && !from.startsWith("business") || to.startsWith("shared") || to.startsWith("linkage") || to.equals(from)) continue;
                edges.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>()).add(c.getSimpleName() + "->" + d.getTargetClass().getSimpleName());
            }
        }
        edges.forEach((k, v) -> System.out.println("EDGE " + k + "  " + v));
    }
}
