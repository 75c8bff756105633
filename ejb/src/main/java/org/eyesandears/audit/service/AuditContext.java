package org.eyesandears.audit.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the audit trail: the client address and the channel
 * (UI, API). Filled in by the web layer at the start of each request. Timers, asynchronous calls
 * and start-up work also get a request context from CDI, but nobody fills it in: their channel
 * stays empty, and the audit trail records them as JOB.
 */
@RequestScoped
public class AuditContext {

    public static final String UI = "UI";
    public static final String API = "API";

    private String clientAddress;
    private String channel;

    public void set(String clientAddress, String channel) {
        this.clientAddress = clientAddress;
        this.channel = channel;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String channel() {
        return channel;
    }
}
