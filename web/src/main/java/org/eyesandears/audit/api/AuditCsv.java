package org.eyesandears.audit.api;

import java.util.List;

import org.eyesandears.audit.service.AuditEntry;

/** The auditor's CSV export (RFC 4180), shared by the API and the audit trail page. */
public final class AuditCsv {

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(
                "id,occurred_at_utc,username,agency,operation,object_type,object_id,detail,reason,client_address,channel\r\n");
        for (AuditEntry e : entries) {
            csv.append(e.id()).append(',')
                    .append(e.occurredAt()).append(',')
                    .append(cell(e.username())).append(',')
                    .append(cell(e.agencyCode())).append(',')
                    .append(e.operation()).append(',')
                    .append(cell(e.objectType())).append(',')
                    .append(cell(e.objectId())).append(',')
                    .append(cell(e.detail())).append(',')
                    .append(cell(e.reason())).append(',')
                    .append(cell(e.clientAddress())).append(',')
                    .append(cell(e.channel())).append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes when needed; a leading =, +, - or @ is defused so spreadsheets do not run it. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
