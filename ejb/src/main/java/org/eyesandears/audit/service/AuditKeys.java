package org.eyesandears.audit.service;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The server's audit keyring ({@link AuditKeyring}), read from the settings once. A wrong setting
 * fails every audited operation with a message naming the setting, so it cannot go unnoticed.
 */
@ApplicationScoped
public class AuditKeys {

    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

    private volatile AuditKeyring keyring;

    public AuditKeyring keyring() {
        AuditKeyring k = keyring;
        if (k == null) {
            k = AuditKeyring.fromSettings();
            keyring = k;
            if (k.usesDevelopmentKey()) {
                LOG.warning("The audit chain is signed with the public development key: set "
                        + AuditKeyring.KEYS_SETTING + " and " + AuditKeyring.KEY_ID_SETTING + " outside development");
            }
        }
        return k;
    }
}
