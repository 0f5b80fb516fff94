package org.nastavnik.access;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TOTP (RFC 6238) second factor: enrollment with a QR code and verification of codes. */
@Service
class SecondFactor {

    private final Accounts accounts;
    private final CodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());

    SecondFactor(Accounts accounts) {
        this.accounts = accounts;
    }

    boolean enrolled(long accountId) {
        return accounts.findById(accountId).map(a -> a.totpSecret() != null).orElse(false);
    }

    String newSecret() {
        return new DefaultSecretGenerator().generate();
    }

    /** A data: URI of the QR code an authenticator app scans. */
    String qrCode(String secret, String username) {
        QrData data = new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer("Nastavnik")
                .digits(6)
                .period(30)
                .build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(long accountId, String code) {
        return accounts.findById(accountId)
                .map(a -> a.totpSecret() != null && valid(a.totpSecret(), code))
                .orElse(false);
    }

    boolean valid(String secret, String code) {
        return code != null && code.strip().matches("\\d{6}") && verifier.isValidCode(secret, code.strip());
    }

    @Transactional
    void enroll(long accountId, String secret) {
        accounts.findById(accountId).orElseThrow().enableSecondFactor(secret);
    }
}
