package org.eyesandears;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import org.junit.jupiter.api.Test;

/**
 * The data-access boundary between contexts (ADR 0023), checked on the compiled classes of ejb and
 * of persistence and linkage beside it:
 * <ul>
 * <li>no package cycles between contexts, nor between the business context's parts;</li>
 * <li>shared depends on no context;</li>
 * <li>no context uses another context's entities or repositories, except the few uses in
 * {@link #ALLOWED}, each with its reason (the same list is in ADR 0023).</li>
 * </ul>
 * A context is the package after {@code org.eyesandears.}; {@code linkage} is the engine, a
 * library every context may use.
 */
class ContextBoundariesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eyesandears");

    /** Uses of another context's entities by these contexts, allowed for the reason given. */
    record Allowed(Set<String> contexts, Set<String> entities, String reason) {
    }

    /** Short on purpose: a new entry needs a reason that a reader of ADR 0023 would accept. */
    static final List<Allowed> ALLOWED = List.of(
            new Allowed(Set.of("referral", "visit", "triage", "retention"), Set.of("business.model.Business"),
                    "a referral and a visit are about a business of the register, held as a JPA association"
                            + " (Referral.business, Visit.business); they, the inbox and the review queue read its"
                            + " name and address through it. Only the register creates or changes businesses"),
            new Allowed(Set.of("triage"), Set.of("referral.model.Referral", "referral.model.Routing",
                    "referral.model.RoutingEvent", "referral.model.ReferralIndicator", "referral.model.Grading"),
                    "a routing is part of the referral aggregate (created and cascaded with it); triage owns the"
                            + " routing's state machine, records its events and lets the desk regrade what it"
                            + " received, on the entities, under their optimistic locks"),
            new Allowed(Set.of("retention"), Set.of("referral.model.Referral", "referral.model.Routing",
                    "referral.model.RoutingEvent", "referral.model.Attachment"),
                    "keeping or erasing a referral after review (ADR 0011) empties it, its attachments and its"
                            + " routings' reasons in the review's own transaction, and the queue shows its routings"),
            new Allowed(Set.of("reporting"), Set.of("referral.model.Referral"),
                    "drill-down rows apply the referral's two static rules (handling conditions, erasure day),"
                            + " written once on the entity"));

    private static final Set<String> NOT_CONTEXTS = Set.of("shared", "linkage");

    /** The context a class belongs to, or null for shared, the linkage engine and anything else. */
    static String context(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("eyesandears")
                || NOT_CONTEXTS.contains(parts[2])) {
            return null;
        }
        return parts[2];
    }

    static final SliceAssignment CONTEXTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String context = context(c);
            return context == null ? SliceIdentifier.ignore() : SliceIdentifier.of(context);
        }

        @Override
        public String getDescription() {
            return "contexts (org.eyesandears.<context>..)";
        }
    };

    @Test
    void contextsDependOnEachOtherWithoutCycles() {
        slices().assignedFrom(CONTEXTS).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theBusinessContextsPartsDependOnEachOtherWithoutCycles() {
        slices().matching("org.eyesandears.business.(*).service..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sharedCodeDependsOnNoContext() {
        noClasses().that().resideInAPackage("org.eyesandears.shared..")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a context") {
                    @Override
                    public boolean test(JavaClass c) {
                        return context(c) != null;
                    }
                })
                .check(CLASSES);
    }

    @Test
    void noContextUsesAnotherContextsEntitiesOrRepositoriesBeyondTheAllowList() {
        Set<String> violations = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (JavaClass origin : CLASSES) {
            String from = context(origin);
            if (from == null) {
                continue;
            }
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                String to = context(target);
                if (to == null || to.equals(from) || !(isEntity(target) || isRepository(target))) {
                    continue;
                }
                String entity = target.getName().substring("org.eyesandears.".length());
                ALLOWED.stream().filter(a -> a.contexts().contains(from) && a.entities().contains(entity))
                        .findFirst()
                        .ifPresentOrElse(a -> used.add(from + " -> " + entity), () -> violations.add(from + " uses " + to + "'s "
                                + target.getSimpleName() + ": " + d.getDescription()));
            }
        }
        assertThat(violations).as("Call the owning context's service instead, or add an entry with its reason to"
                + " ALLOWED and ADR 0023").isEmpty();
        Set<String> listed = new TreeSet<>();
        ALLOWED.forEach(a -> a.contexts().forEach(c -> a.entities().forEach(e -> listed.add(c + " -> " + e))));
        assertThat(listed).as("allowed uses no code needs any more: remove them here and in ADR 0023")
                .isSubsetOf(used);
    }

    @Test
    void theRuleSeesEntitiesAndRepositories() {
        // The rule above is only as good as what it recognises: a check that it finds what it should.
        assertThat(isEntity(CLASSES.get("org.eyesandears.referral.model.Routing"))).isTrue();
        assertThat(isEntity(CLASSES.get("org.eyesandears.referral.model.Grading"))).as("embeddable").isTrue();
        assertThat(isEntity(CLASSES.get("org.eyesandears.referral.model.RoutingStatus"))).as("enum").isFalse();
        assertThat(isRepository(CLASSES.get("org.eyesandears.agency.repository.AgencyRepository"))).isTrue();
        assertThat(context(CLASSES.get("org.eyesandears.business.linking.service.Linker"))).isEqualTo("business");
        assertThat(context(CLASSES.get("org.eyesandears.shared.security.Caller"))).isNull();
    }

    static boolean isEntity(JavaClass c) {
        return c.isAnnotatedWith("jakarta.persistence.Entity") || c.isAnnotatedWith("jakarta.persistence.Embeddable")
                || c.isAnnotatedWith("jakarta.persistence.MappedSuperclass");
    }

    static boolean isRepository(JavaClass c) {
        return c.getPackageName().endsWith(".repository");
    }
}
