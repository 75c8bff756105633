package org.eyesandears;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import org.junit.jupiter.api.Test;

/**
 * The web module's side of the boundary (ADR 0023): pages and resources call services, never an
 * EntityManager, an entity or a repository; the web plumbing in shared knows no context but for
 * the uses in {@link #SHARED_ALLOWED}; the contexts' web packages have no cycles between them.
 */
class WebBoundariesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eyesandears");

    /** Web code is in the contexts' web and api packages and in shared's web, api and health. */
    static final DescribedPredicate<JavaClass> WEB = DescribedPredicate.describe("are web classes",
            c -> c.getPackageName().matches("org\\.eyesandears\\.\\w+\\.(web|api|health)(\\..*)?"));

    /** Shared web code's uses of a context, by class, with the reason. */
    static final Map<String, String> SHARED_ALLOWED = Map.of(
            "org.eyesandears.visit.service.CalendarFeedService",
            "a Keycloak back-channel logout of a disabled user also stops their calendar feeds (ADR 0021)",
            "org.eyesandears.user.service.UserService",
            "the same notice marks the user's profile disabled for the administrators' user list (ADR 0031)");

    private static final Set<String> NOT_CONTEXTS = Set.of("shared", "linkage");

    static String context(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length < 3 || NOT_CONTEXTS.contains(parts[2]) || !c.getPackageName().startsWith("org.eyesandears.")
                ? null : parts[2];
    }

    @Test
    void pagesAndResourcesUseNoEntityManagerEntityOrRepository() {
        noClasses().that(WEB).should().dependOnClassesThat(DescribedPredicate.describe(
                        "are an EntityManager, an entity or a repository",
                        (JavaClass c) -> c.getName().startsWith("jakarta.persistence.EntityManager")
                                || c.isAnnotatedWith("jakarta.persistence.Entity")
                                || c.isAnnotatedWith("jakarta.persistence.Embeddable")
                                || c.getPackageName().endsWith(".repository")))
                .check(CLASSES);
    }

    @Test
    void sharedWebCodeKnowsNoContextButTheAllowedUses() {
        noClasses().that(WEB).and().resideInAPackage("org.eyesandears.shared..")
                .should().dependOnClassesThat(DescribedPredicate.describe("belong to a context (beyond SHARED_ALLOWED)",
                        (JavaClass c) -> context(c) != null && !SHARED_ALLOWED.containsKey(c.getName())))
                .check(CLASSES);
    }

    @Test
    void contextsWebPackagesDependOnEachOtherWithoutCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String context = context(c);
                return context == null || !WEB.test(c) ? SliceIdentifier.ignore() : SliceIdentifier.of(context);
            }

            @Override
            public String getDescription() {
                return "the contexts' web and api packages";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }
}
