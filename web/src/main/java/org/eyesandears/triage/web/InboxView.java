package org.eyesandears.triage.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.triage.service.InboxFilter;
import org.eyesandears.triage.service.InboxItem;
import org.eyesandears.triage.service.InboxQueries;
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

    private RoutingStatus status;
    private Urgency urgency;
    private String business;

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
        return new InboxFilter(status, urgency, null, null, business, null, null);
    }

    public LazyDataModel<InboxItem> getItems() {
        return items;
    }

    public RoutingStatus[] getStatuses() {
        return RoutingStatus.values();
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
