package dev.bulwark.source.terraform;

import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.ConfigFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of one module directory, merged from all its files, with duplicates reported.
 * Files are taken in name order, as Terraform does, so "first declaration wins" is stable.
 */
final class ModuleConfig {
    final Path dir;
    final Map<String, Located<Block>> variables = new LinkedHashMap<>();
    final Map<String, Located<Attribute>> locals = new LinkedHashMap<>();
    final Map<String, Located<Block>> outputs = new LinkedHashMap<>();
    final Map<String, Located<Block>> moduleCalls = new LinkedHashMap<>();
    /** Keyed by "type.name" for managed resources and "data.type.name" for data sources. */
    final Map<String, Located<Block>> resources = new LinkedHashMap<>();
    /** The {@code backend} block inside {@code terraform { }}, if any: where state is kept. */
    Located<Block> backend;

    private ModuleConfig(Path dir) {
        this.dir = dir;
    }

    /** A module with no declarations, for evaluating constants. */
    static ModuleConfig empty(Path dir) {
        return new ModuleConfig(dir);
    }

    static ModuleConfig of(Path dir, List<ConfigFile> files, Diagnostics diagnostics) {
        ModuleConfig m = new ModuleConfig(dir);
        List<ConfigFile> ordered = new ArrayList<>(files);
        ordered.sort((a, b) -> a.path().compareTo(b.path()));
        for (ConfigFile f : ordered) {
            m.addFile(f, diagnostics);
        }
        return m;
    }

    private void addFile(ConfigFile f, Diagnostics diagnostics) {
        for (Block b : f.body().blocks()) {
            switch (b.type()) {
                case "variable" -> declare(variables, "variable", oneLabel(b, f, diagnostics), b, f, diagnostics);
                case "output" -> declare(outputs, "output", oneLabel(b, f, diagnostics), b, f, diagnostics);
                case "module" -> declare(moduleCalls, "module", oneLabel(b, f, diagnostics), b, f, diagnostics);
                case "resource" -> declare(resources, "resource", twoLabels(b, f, diagnostics, ""), b, f, diagnostics);
                case "data" -> declare(resources, "data source", twoLabels(b, f, diagnostics, "data."), b, f, diagnostics);
                case "locals" -> {
                    for (Attribute a : b.body().attributes()) {
                        Located<Attribute> prev = locals.putIfAbsent(a.name(), new Located<>(a, f.path()));
                        if (prev != null) {
                            diagnostics.error(f.path(), a.nameRange(), "duplicate local value \"" + a.name()
                                    + "\"; it is already defined at " + prev.file() + ":" + prev.node().range().start());
                        }
                    }
                }
                case "terraform" -> {
                    for (Block nested : b.body().blocks("backend")) {
                        if (backend == null) backend = new Located<>(nested, f.path());
                    }
                }
                default -> { /* provider, moved, import, check: not part of the resource model */ }
            }
        }
    }

    private static String oneLabel(Block b, ConfigFile f, Diagnostics diagnostics) {
        if (b.labels().size() != 1) {
            diagnostics.error(f.path(), b.typeRange(), "a " + b.type() + " block needs exactly one label, found " + b.labels().size());
            return null;
        }
        return b.labels().get(0);
    }

    private static String twoLabels(Block b, ConfigFile f, Diagnostics diagnostics, String prefix) {
        if (b.labels().size() != 2) {
            diagnostics.error(f.path(), b.typeRange(), "a " + b.type() + " block needs two labels (type and name), found " + b.labels().size());
            return null;
        }
        return prefix + b.labels().get(0) + "." + b.labels().get(1);
    }

    private static void declare(Map<String, Located<Block>> into, String what, String key, Block b, ConfigFile f,
                                Diagnostics diagnostics) {
        if (key == null) {
            return;
        }
        Located<Block> prev = into.putIfAbsent(key, new Located<>(b, f.path()));
        if (prev != null) {
            diagnostics.error(f.path(), b.typeRange(), "duplicate " + what + " \"" + key + "\"; it is already declared at "
                    + prev.file() + ":" + prev.node().range().start());
        }
    }
}
