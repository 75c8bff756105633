package org.eyesandears.visit.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.shared.security.Roles;
import org.eyesandears.visit.service.FollowUpItem;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitService;

/** The signed-in user's open follow-up tasks from visits, for their home page. */
@Named
@RequestScoped
public class FollowUpsView {

    @Inject
    VisitQueries queries;

    @Inject
    VisitService visits;

    private List<FollowUpItem> items;

    public List<FollowUpItem> getItems() {
        if (items == null) {
            var ctx = FacesContext.getCurrentInstance().getExternalContext();
            boolean staff = List.of(Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST)
                    .stream().anyMatch(ctx::isUserInRole);
            items = staff ? queries.myFollowUps() : List.of();
        }
        return items;
    }

    public void done(long taskId) {
        visits.completeTask(taskId);
        items = null;
    }
}
