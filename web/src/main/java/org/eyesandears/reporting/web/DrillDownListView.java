package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.eyesandears.shared.web.Messages;

/**
 * What the dashboard's drill-down lists share: the period from the address ({@code from} and
 * {@code to}, ISO dates), the rows and the title, and one answer to an address that names no list
 * (a mistyped date or kind, an old link): a message on the page instead of the error page. The
 * services' refusals are not caught here: they reach {@code PageErrorHandler} (ADR 0022).
 *
 * @param <R> the rows listed
 */
public abstract class DrillDownListView<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NO_SUCH_LIST = "This list does not exist: go back to the dashboard and choose a figure.";

    private String from;
    private String to;
    private List<R> rows = List.of();
    private String title;

    protected DrillDownListView(String title) {
        this.title = title;
    }

    /** The view action: reads the address and fills the list. */
    public void load() {
        try {
            fill();
        } catch (DateTimeParseException | NoSuchList e) {
            // The address itself is wrong, not the caller's rights: say so in words, nothing to log.
            Messages.error(NO_SUCH_LIST);
        }
    }

    /**
     * Reads the list and its title ({@link #show}); {@link #date} and {@link #kind} refuse an
     * address that names no list.
     */
    protected abstract void fill();

    /** The most rows the list shows (the service's cap). */
    public abstract int getMaxRows();

    protected void show(List<R> found, String heading) {
        this.rows = found;
        this.title = heading;
    }

    /** An ISO date from the address, or null when not given. */
    protected static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    /** The constant of {@code type} the address names. */
    protected static <E extends Enum<E>> E kind(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(NoSuchList::new);
    }

    /** The address names no list. */
    static final class NoSuchList extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public List<R> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
