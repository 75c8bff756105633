package org.eyesandears.triage.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.triage.service.InboxFilter;
import org.eyesandears.triage.service.InboxItem;
import org.eyesandears.triage.service.InboxPreferences;
import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.user.web.CurrentUserView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The desk's inbox: routings to the desk's agency, urgent first then newest, a page at a time. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxQueries queries;

    @Inject
    InboxPreferences preferences;

    @Inject
    AgencyService agencyService;

    private RoutingStatus status;
    private Urgency urgency;
    private String business;
    private LocalDate from;
    private LocalDate to;
    private String referringAgency;
    private boolean mineOnly;
    private String username;
    private List<AgencySummary> agencies;

    /** Opens the inbox with the filters the desk officer last used. */
    @PostConstruct
    void restore() {
        username = currentUser.getMe().username();
        agencies = agencyService.listAgencies();
        preferences.load().ifPresent(f -> {
            status = f.status();
            urgency = f.urgency();
            from = f.from();
            to = f.to();
            business = f.business();
            referringAgency = f.referringAgency();
            mineOnly = f.assignee() != null;
        });
    }

    /** Keeps the filters for next time (called when any filter changes). */
    public void filterChanged() {
        preferences.save(filter());
    }

    /** How many filters are set, for the folded filter panel's summary ("Filters: 2 set"). */
    public int getFiltersSet() {
        int n = 0;
        for (Object f : new Object[] {status, urgency, from, to, referringAgency}) {
            n += f == null ? 0 : 1;
        }
        return n + (business == null || business.isBlank() ? 0 : 1) + (mineOnly ? 1 : 0);
    }

    public void clearFilters() {
        status = null;
        urgency = null;
        business = null;
        from = null;
        to = null;
        referringAgency = null;
        mineOnly = false;
        filterChanged();
    }

    @Inject
    CurrentUserView currentUser;

    private final LazyDataModel<InboxItem> items = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(queries.count(filter()));
        }

        @Override
        public List<InboxItem> load(int first, int pageSize, Map<String, SortMeta> sort,
                                    Map<String, FilterMeta> filters) {
            return queries.inbox(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(InboxItem item) {
            return String.valueOf(item.routingId());
        }

        @Override
        public InboxItem getRowData(String rowKey) {
            return null;
        }
    };

    private InboxFilter filter() {
        return new InboxFilter(status, urgency, from, to, business, referringAgency, mineOnly ? username : null);
    }

    public LazyDataModel<InboxItem> getItems() {
        return items;
    }

    public RoutingStatus[] getStatuses() {
        return RoutingStatus.values();
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReferringAgency() {
        return referringAgency;
    }

    public void setReferringAgency(String referringAgency) {
        this.referringAgency = referringAgency;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public RoutingStatus getStatus() {
        return status;
    }

    public void setStatus(RoutingStatus status) {
        this.status = status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getBusiness() {
        return business;
    }

    public void setBusiness(String business) {
        this.business = business;
    }
}
