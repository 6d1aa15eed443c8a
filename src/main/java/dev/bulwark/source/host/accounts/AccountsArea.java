package dev.bulwark.source.host.accounts;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;
import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.FileLine;
import dev.bulwark.source.host.conf.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Local accounts and how they get in: {@code host_accounts} (UID 0 besides root, empty passwords),
 * {@code host_sudoers} (rules granting every command without a password) and {@code host_password_hashing}
 * (the scheme login.defs and PAM hash new passwords with).
 */
public final class AccountsArea implements HostArea {
    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void collect(HostContext context) {
        ConfigFiles files = new ConfigFiles(context);
        accounts(context, files);
        sudoers(context, files);
        hashing(context, files);
    }

    private static void accounts(HostContext context, ConfigFiles files) {
        Optional<String> passwd = files.read(AccountsReader.PASSWD);
        if (passwd.isEmpty()) return;
        Optional<String> shadow = files.read(AccountsReader.SHADOW);
        AccountsReader reader = new AccountsReader();
        List<Account> accounts = reader.read(passwd.get(), shadow.orElse(null));
        Problems.report(context, reader.problems());
        List<String> uid0 = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Account a : accounts) {
            if (a.uid() == 0 && !a.name().equals("root")) uid0.add(a.name() + " (" + a.at() + ")");
            if (a.emptyPassword()) empty.add(a.name() + " (" + (a.shadowAt() != null ? a.shadowAt() : a.at()) + ")");
            HashMethod m = a.hashMethod();
            if (m != null && !m.strong()) weak.add(a.name() + " (" + m + ", " + a.shadowAt() + ")");
        }
        HostFacts facts = context.facts("host_accounts", "host:accounts", "accounts", SourceLocation.ofFile(AccountsReader.PASSWD))
                .put("uid0_besides_root", uid0, null)
                .put("empty_passwords", empty, null)
                .put("weak_hashes", weak, null)
                .put("shadow_read", shadow.isPresent(), null)
                .put("shadow_unreadable", context.wasUnreadable(AccountsReader.SHADOW), null);
        context.add(facts);
    }

    private static void sudoers(HostContext context, ConfigFiles files) {
        SudoersReader reader = new SudoersReader(files);
        Optional<List<SudoRule>> rules = reader.read();
        Problems.report(context, reader.problems());
        if (rules.isEmpty()) return;
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        SourceLocation at = SourceLocation.ofFile(SudoersReader.MAIN);
        for (SudoRule r : rules.get()) {
            String line = "\"" + r.text() + "\" (" + r.at() + ")";
            if (!r.groups().isEmpty()) {
                if (groups.isEmpty()) at = r.at().location();
                groups.add(String.join(", ", r.groups()) + ": " + line);
            } else {
                users.add(String.join(", ", r.users()) + ": " + line);
            }
        }
        HostFacts facts = context.facts("host_sudoers", "host:sudoers", "sudoers", at)
                .put("nopasswd_all_groups", groups, null)
                .put("nopasswd_all_users", users, null)
                .put("files", reader.filesRead(), null);
        context.add(facts);
    }

    private static void hashing(HostContext context, ConfigFiles files) {
        PasswordHashingReader reader = new PasswordHashingReader(files);
        Optional<PasswordHashing> defs = reader.loginDefs();
        List<PasswordHashing> pam = reader.pam();
        Problems.report(context, reader.problems());
        if (defs.isEmpty() && pam.isEmpty()) return;
        List<String> weak = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        SourceLocation at = SourceLocation.ofFile(PasswordHashingReader.LOGIN_DEFS);
        List<PasswordHashing> all = new ArrayList<>();
        defs.ifPresent(all::add);
        for (PasswordHashing p : pam) {
            // pam_unix without a hash option hashes as login.defs says (Linux-PAM 1.4 and later).
            all.add(p.method() == null && defs.isPresent() ? new PasswordHashing(p.tool(), defs.get().method(), p.at(), p.basis()) : p);
        }
        for (PasswordHashing p : all) {
            String where = p.at() != null ? " at " + p.at() : "";
            String text = p.tool() + ": " + p.basis() + where;
            settings.add(text);
            if (p.method() == null || !p.method().strong()) {
                if (weak.isEmpty() && p.at() != null) at = p.at().location();
                weak.add(text + (p.method() == null ? "" : " (" + p.method() + ")"));
            }
        }
        HostFacts facts = context.facts("host_password_hashing", "host:password_hashing", "password hashing", at)
                .put("settings", settings, null)
                .put("weak", weak, null);
        defs.map(PasswordHashing::at).map(FileLine::location).ifPresent(l -> facts.locate("settings", l));
        context.add(facts);
    }
}
