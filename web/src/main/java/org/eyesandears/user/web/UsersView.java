package org.eyesandears.user.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.user.service.UserService;
import org.eyesandears.user.service.UserSummary;

/** Administrators' list of everyone who has signed in. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService userService;

    private List<UserSummary> users;

    @PostConstruct
    void load() {
        users = userService.listProfiles();
    }

    public List<UserSummary> getUsers() {
        return users;
    }
}
