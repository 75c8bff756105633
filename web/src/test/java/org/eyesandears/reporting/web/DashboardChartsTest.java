package org.eyesandears.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.Figures;
import org.eyesandears.reporting.service.VisitFigures;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

    private static JsonObject json(String chart) {
        try (var reader = Json.createReader(new StringReader(chart))) {
            return reader.readObject();
        }
    }

    private static JsonArray datasets(JsonObject chart) {
        return chart.getJsonObject("data").getJsonArray("datasets");
    }

    @Test
    void stackedBarsHaveOneSeriesPerCategoryAndOneBarPerAgencyWithoutThePartnership() {
        List<Figures.CategoryCount> counts = List.of(new Figures.CategoryCount("FIRE", "USEFUL", 4),
                new Figures.CategoryCount("FOOD", "NOT_USEFUL", 1), new Figures.CategoryCount("FOOD", "USEFUL", 2),
                new Figures.CategoryCount(AgencyFigures.ALL, "USEFUL", 6));
        JsonObject chart = json(DashboardCharts.stacked(counts, "Usefulness",
                Map.of("FIRE", "Fire and rescue", "FOOD", "Food safety")::get));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString())
                .as("agencies by name, as in the table").isEqualTo("[\"Fire and rescue\",\"Food safety\"]");
        assertThat(datasets(chart)).hasSize(2);
        assertThat(datasets(chart).getJsonObject(0).getString("label")).isEqualTo("Not useful");
        assertThat(datasets(chart).getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[0,1]");
        assertThat(datasets(chart).getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[4,2]");
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("title").getString("text"))
                .isEqualTo("Usefulness");
    }

    @Test
    void businessTrendsRunInMonthOrder() {
        JsonObject chart = json(DashboardCharts.businesses(List.of(new Figures.Month("2026-11", 5, 1),
                new Figures.Month("2026-10", 3, 0))));
        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString()).isEqualTo("[\"2026-10\",\"2026-11\"]");
        assertThat(datasets(chart).getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[3,5]");
        assertThat(datasets(chart).getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[0,1]");
    }

    private static AgencyFigures agency(String code, long received, Double rate) {
        return new AgencyFigures(code, "Name of " + code, 0, 0, received, 0, 0, 20, rate, null, null, null, null, null, null);
    }

    @Test
    void feedbackRatesLeaveOutAgenciesThatReceivedNothingInEitherPeriodAndShowGapsAsNull() {
        Map<String, AgencyFigures> before = Map.of("FIRE", agency("FIRE", 3, 50.0), "HSE", agency("HSE", 0, null),
                AgencyFigures.ALL, agency(AgencyFigures.ALL, 3, 50.0));
        JsonObject chart = json(DashboardCharts.feedback(List.of(agency("FIRE", 4, 75.0), agency("HSE", 0, null),
                agency("FOOD", 2, null), agency(AgencyFigures.ALL, 6, 60.0)), before::get));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString())
                .isEqualTo("[\"Name of FIRE\",\"Name of FOOD\",\"Partnership\"]");
        assertThat(datasets(chart).getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[75.0,null,60.0]");
        assertThat(datasets(chart).getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[50.0,null,50.0]");
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max")).isEqualTo(100);
    }

    @Test
    void visitOutcomesStackOnlyAgenciesThatRecordedOne() {
        JsonObject chart = json(DashboardCharts.visitOutcomes(List.of(
                new VisitFigures.AgencyVisits("FIRE", "Fire and rescue", 2, 1, 0, 3, 1, 1),
                new VisitFigures.AgencyVisits("HSE", "HSE", 1, 0, 0, 0, 0, 0))));
        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString()).isEqualTo("[\"Fire and rescue\"]");
        assertThat(datasets(chart)).extracting(d -> d.asJsonObject().getString("label"))
                .containsExactly("Arrests", "Notices", "Seizures", "Advice given");
        assertThat(datasets(chart).getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[3]");
    }

    @Test
    void visitSizesCompareThisPeriodWithThePrevious() {
        JsonObject chart = json(DashboardCharts.visitSizes(List.of(2, 3), n -> n == 2 ? 5L : 1L, n -> 0L));
        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString())
                .isEqualTo("[\"2 agencies\",\"3 agencies\"]");
        assertThat(datasets(chart).getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[5,1]");
        assertThat(datasets(chart).getJsonObject(1).getString("label")).isEqualTo("Previous period");
    }
}
