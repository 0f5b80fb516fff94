package org.nastavnik.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Office files as people's machines produce them, for tests of uploads. */
public final class OfficeFiles {

    private OfficeFiles() {}

    /** The package protected with a password, as Word or Excel saves it (agile encryption, an OLE2 file). */
    public static byte[] encrypted(byte[] ooxml, String password) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(ooxml));
                    OutputStream data = encryptor.getDataStream(ole2)) {
                pack.save(data);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ole2.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first bytes of an old binary Word or Excel file (OLE2) with nothing readable after them. */
    public static byte[] legacyHeader() {
        return new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    }
}
