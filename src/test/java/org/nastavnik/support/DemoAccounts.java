package org.nastavnik.support;

import org.nastavnik.demo.DemoRegion;

/** The demo accounts tests sign in with. */
public final class DemoAccounts {

    public static final String PASSWORD = DemoRegion.PASSWORD;
    public static final String CURATOR = DemoRegion.email("curator");
    public static final String CURATOR_OF_ANOTHER_SCHOOL = DemoRegion.email("curator2");
    public static final String HEAD = DemoRegion.email("head");
    public static final String COORDINATOR = DemoRegion.email("coordinator");
    public static final String PSYCHOLOGIST = DemoRegion.email("psychologist");
    public static final String MENTOR = DemoRegion.email("mentor");
    public static final String MENTEE = DemoRegion.email("mentee");
    public static final String REGION_OPERATOR = DemoRegion.email("region");
    public static final String ADMIN = DemoRegion.email("admin");

    private DemoAccounts() {}
}
