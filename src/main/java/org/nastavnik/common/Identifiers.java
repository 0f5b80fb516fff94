package org.nastavnik.common;

import java.util.regex.Pattern;

/**
 * Check digits of Russian identifiers: ИНН (10 or 12 digits), ОГРН (13) and ОГРНИП (15), СНИЛС
 * (11). Each takes the identifier as digits only; {@link #digits} strips spaces and dashes.
 */
public final class Identifiers {

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final Pattern SNILS = Pattern.compile("\\d{11}");

    private Identifiers() {}

    /** The digits of the text with spaces and dashes removed; other characters are kept. */
    public static String digits(String text) {
        return text == null ? "" : SEPARATORS.matcher(text).replaceAll("");
    }

    public static boolean validInn(String inn) {
        if (inn == null || !inn.matches("\\d{10}|\\d{12}")) {
            return false;
        }
        if (inn.length() == 10) {
            return checkDigit(inn, INN10) == digit(inn, 9);
        }
        return checkDigit(inn, INN11) == digit(inn, 10) && checkDigit(inn, INN12) == digit(inn, 11);
    }

    public static boolean validOgrn(String ogrn) {
        if (ogrn == null || !ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        int last = ogrn.length() - 1;
        long body = Long.parseLong(ogrn.substring(0, last));
        long modulus = ogrn.length() == 13 ? 11 : 13;
        return (body % modulus) % 10 == digit(ogrn, last);
    }

    public static boolean validSnils(String snils) {
        if (snils == null || !SNILS.matcher(snils).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(snils, i) * (9 - i);
        }
        int check = sum % 101;
        if (check == 100) {
            check = 0;
        }
        return check == Integer.parseInt(snils.substring(9));
    }

    /** СНИЛС as people write it: «123-456-789 01». */
    public static String formatSnils(String snils) {
        if (snils == null || snils.length() != 11) {
            return snils;
        }
        return snils.substring(0, 3) + "-" + snils.substring(3, 6) + "-" + snils.substring(6, 9) + " "
                + snils.substring(9);
    }

    private static int checkDigit(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(number, i) * weights[i];
        }
        return sum % 11 % 10;
    }

    private static int digit(String number, int index) {
        return number.charAt(index) - '0';
    }
}
