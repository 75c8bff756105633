package org.eyesandears.referral.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Someone the officer saw: a name or description, their role at the premises, a category. */
@Embeddable
public class PersonInvolved {

    @Column(name = "name_or_description", nullable = false, length = 200)
    private String nameOrDescription;

    @Column(name = "role_at_premises", length = 200)
    private String roleAtPremises;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonCategory category;

    protected PersonInvolved() {
        // for JPA
    }

    public PersonInvolved(String nameOrDescription, String roleAtPremises, PersonCategory category) {
        this.nameOrDescription = nameOrDescription;
        this.roleAtPremises = roleAtPremises;
        this.category = category;
    }

    public String getNameOrDescription() {
        return nameOrDescription;
    }

    public String getRoleAtPremises() {
        return roleAtPremises;
    }

    public PersonCategory getCategory() {
        return category;
    }
}
