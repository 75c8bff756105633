package org.eyesandears.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.Figures;
import org.eyesandears.reporting.service.VisitFigures;
import org.eyesandears.shared.web.Labels;

/**
 * The dashboard's charts as Chart.js configurations (JSON), built from the figures alone: no
 * request, no service. Every chart repeats figures that a table beside it shows, for readers who
 * do not see the chart, and names agencies as the tables do (by name, never by code).
 */
public final class DashboardCharts {

    static final String[] COLOURS = {"#1d70b8", "#00703c", "#f47738", "#912b88", "#d4351c", "#505a5f",
        "#28a197", "#b58840", "#5694ca", "#85994b"};

    private DashboardCharts() {
    }

    /** The categories present (usefulness or outcome), in name order. */
    public static List<String> categories(List<Figures.CategoryCount> counts) {
        return new ArrayList<>(new TreeSet<>(counts.stream().map(Figures.CategoryCount::category).toList()));
    }

    /** The agencies with counts, in code order, then the partnership ({@code ALL}). */
    public static List<String> categoryAgencies(List<Figures.CategoryCount> counts) {
        Set<String> agencies = new LinkedHashSet<>();
        counts.stream().map(Figures.CategoryCount::agency).filter(a -> !AgencyFigures.ALL.equals(a)).sorted()
                .forEach(agencies::add);
        agencies.add(AgencyFigures.ALL);
        return new ArrayList<>(agencies);
    }

    public static long count(List<Figures.CategoryCount> counts, String agencyCode, String category) {
        return counts.stream().filter(c -> c.agency().equals(agencyCode) && c.category().equals(category))
                .mapToLong(Figures.CategoryCount::count).sum();
    }

    /** Words for an enum constant: USEFUL_SOMEWHAT becomes "Useful somewhat". */
    public static String label(String constant) {
        return Labels.sentenceOf(constant);
    }

    /** Stacked bars of a category distribution per receiving agency, each bar named by {@code names}. */
    public static String stacked(List<Figures.CategoryCount> counts, String title, Function<String, String> names) {
        List<String> agencies = categoryAgencies(counts).stream().filter(a -> !AgencyFigures.ALL.equals(a)).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String category : categories(counts)) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            agencies.forEach(a -> data.add(count(counts, a, category)));
            datasets.add(dataset(label(category), data, COLOURS[i++ % COLOURS.length]));
        }
        return bar(strings(agencies.stream().map(names).toList()), datasets,
                Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true).add("text", title)));
    }

    /** Trend lines: businesses of interest to 2+ and 3+ agencies per month. */
    public static String businesses(List<Figures.Month> months) {
        Map<String, long[]> byMonth = new TreeMap<>();
        months.forEach(m -> byMonth.put(m.month(), new long[] {m.twoOrMore(), m.threeOrMore()}));
        JsonArrayBuilder two = Json.createArrayBuilder();
        JsonArrayBuilder three = Json.createArrayBuilder();
        byMonth.values().forEach(v -> {
            two.add(v[0]);
            three.add(v[1]);
        });
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", strings(byMonth.keySet()))
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("Two or more agencies", two, COLOURS[0]).add("borderColor", COLOURS[0]))
                                .add(dataset("Three or more agencies", three, COLOURS[2]).add("borderColor", COLOURS[2]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    /**
     * Feedback rate per agency (and the partnership), this period against the previous one; an
     * agency that received nothing in either period is left out.
     */
    public static String feedback(List<AgencyFigures> rows, Function<String, AgencyFigures> previous) {
        List<String> labels = new ArrayList<>();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (AgencyFigures a : rows) {
            AgencyFigures b = previous.apply(a.agency());
            if (a.routingsReceived() == 0 && b != null && b.routingsReceived() == 0) {
                continue;
            }
            labels.add(AgencyFigures.ALL.equals(a.agency()) ? "Partnership" : a.agencyName());
            addRate(now, a);
            addRate(before, b);
        }
        return comparison(labels, now, before, Json.createObjectBuilder().add("beginAtZero", true).add("max", 100));
    }

    /** Joint visits by the number of agencies taking part, this period against the previous one. */
    public static String visitSizes(List<Integer> sizes, Function<Integer, Long> now, Function<Integer, Long> before) {
        JsonArrayBuilder current = Json.createArrayBuilder();
        JsonArrayBuilder previous = Json.createArrayBuilder();
        sizes.forEach(n -> {
            current.add(now.apply(n));
            previous.add(before.apply(n));
        });
        return comparison(sizes.stream().map(n -> n + " agencies").toList(), current, previous,
                Json.createObjectBuilder().add("beginAtZero", true));
    }

    /** Each agency's recorded outcomes of joint visits as stacked bars (agencies with an outcome only). */
    public static String visitOutcomes(List<VisitFigures.AgencyVisits> agencies) {
        List<VisitFigures.AgencyVisits> rows = agencies.stream().filter(a -> a.outcomesRecorded() > 0).toList();
        String[] names = {"Arrests", "Notices", "Seizures", "Advice given"};
        List<Function<VisitFigures.AgencyVisits, Long>> values = List.of(VisitFigures.AgencyVisits::arrests,
                VisitFigures.AgencyVisits::notices, VisitFigures.AgencyVisits::seizures,
                VisitFigures.AgencyVisits::adviceGiven);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < names.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            Function<VisitFigures.AgencyVisits, Long> value = values.get(i);
            rows.forEach(a -> data.add(value.apply(a)));
            datasets.add(dataset(names[i], data, COLOURS[i + 1]));
        }
        return bar(strings(rows.stream().map(VisitFigures.AgencyVisits::agencyName).toList()), datasets, null);
    }

    private static String comparison(List<String> labels, JsonArrayBuilder now, JsonArrayBuilder before,
                                     JsonObjectBuilder y) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", Json.createArrayBuilder()
                        .add(dataset("This period", now, COLOURS[0]))
                        .add(dataset("Previous period", before, COLOURS[5]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** Stacked bars; {@code plugins} (a title) only when given. */
    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder plugins) {
        JsonObjectBuilder options = Json.createObjectBuilder();
        if (plugins != null) {
            options.add("plugins", plugins);
        }
        options.add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static JsonArrayBuilder strings(Iterable<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void addRate(JsonArrayBuilder data, AgencyFigures a) {
        if (a == null || a.feedbackRatePct() == null) {
            data.addNull();
        } else {
            data.add(a.feedbackRatePct());
        }
    }
}
