package org.nastavnik.common.web;

import jakarta.servlet.http.HttpServletResponse;

/** Headers of an .xlsx download. */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {}

    /** Marks the response as an .xlsx attachment with a Russian file name (RFC 6266 / 5987). */
    public static void attach(HttpServletResponse response, String fileName) {
        Attachments.attach(response, XLSX, fileName);
    }
}
