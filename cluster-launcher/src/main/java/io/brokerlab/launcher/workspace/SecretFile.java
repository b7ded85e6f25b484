package io.brokerlab.launcher.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/** The token that node agents demand from the launcher; only the owner of the workspace may read it. */
final class SecretFile {

    private static final int BYTES = 32;

    private SecretFile() {
    }

    static void create(Path file) throws IOException {
        byte[] token = new byte[BYTES];
        new SecureRandom().nextBytes(token);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            // created with 0600 so the token is never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            restrictToOwner(file);
        }
        Files.writeString(file, HexFormat.of().formatHex(token), StandardCharsets.US_ASCII);
    }

    private static void restrictToOwner(Path file) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        UserPrincipal owner = Files.getOwner(file);
        acl.setAcl(List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build()));
    }
}
