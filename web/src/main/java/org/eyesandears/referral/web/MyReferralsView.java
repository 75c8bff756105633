package org.eyesandears.referral.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.referral.service.ReferralSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "My referrals": the officer's referrals, loaded a page at a time from the database. */
@Named
@ViewScoped
public class MyReferralsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralQueries queries;

    private String search;

    /**
     * Newest first unless the officer asks otherwise: an explicit choice in words, since the table's
     * own sort box on a phone named the column "Sent Ascending" while listing newest first.
     */
    private boolean oldestFirst;

    private final LazyDataModel<ReferralSummary> referrals = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(queries.countMine(search));
        }

        @Override
        public List<ReferralSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                          Map<String, FilterMeta> filters) {
            return queries.mine(search, oldestFirst, first, pageSize);
        }

        @Override
        public String getRowKey(ReferralSummary referral) {
            return referral.reference();
        }

        @Override
        public ReferralSummary getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<ReferralSummary> getReferrals() {
        return referrals;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
