package dev.bulwark.rule;

import dev.bulwark.model.export.ExportKind;

import java.util.Set;

/** Rule logic written in Java (checks CEL cannot express, and export checks): named by class in the rule file. */
final class JavaLogic {
    private JavaLogic() {}

    /** @param format the format the rule file names for this logic, null when it names none */
    static ResourceLogic instantiate(String className, String format, Set<String> types, String where) throws RuleException {
        try {
            Class<?> c = Class.forName(className);
            if (!ResourceLogic.class.isAssignableFrom(c)) throw new RuleException(where + ": field \"java\": " + className + " is not rule logic");
            ResourceLogic logic = (ResourceLogic) c.getDeclaredConstructor().newInstance();
            if (!logic.resourceTypes().containsAll(types) || !types.containsAll(logic.resourceTypes())) {
                throw new RuleException(where + ": field \"resources\" " + types + " differs from what " + className + " checks " + logic.resourceTypes());
            }
            if (format != null && logic.format() != null && !format.equals(logic.format())) {
                throw new RuleException(where + ": field \"format\" " + format + " differs from the format " + className + " checks, " + logic.format());
            }
            return format != null && logic.format() == null ? new FormatBoundLogic(format, logic) : logic;
        } catch (ReflectiveOperationException e) {
            throw new RuleException(where + ": field \"java\": cannot load class " + className);
        }
    }

    static GitLogic instantiateGit(String className, String where) throws RuleException {
        try {
            Class<?> c = Class.forName(className);
            if (!GitCheck.class.isAssignableFrom(c)) throw new RuleException(where + ": field \"java\": " + className + " is not a git check");
            return new GitLogic((GitCheck) c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new RuleException(where + ": field \"java\": cannot load class " + className);
        }
    }

    static ExportLogic instantiateExport(String className, ExportKind kind, String where) throws RuleException {
        try {
            Class<?> c = Class.forName(className);
            if (!ExportCheck.class.isAssignableFrom(c)) throw new RuleException(where + ": field \"java\": " + className + " is not an export check");
            ExportCheck check = (ExportCheck) c.getDeclaredConstructor().newInstance();
            if (!check.kinds().contains(kind)) {
                throw new RuleException(where + ": field \"kind\" " + kind.id() + " is not one " + className + " judges " + check.kinds());
            }
            return new ExportLogic(kind, check);
        } catch (ReflectiveOperationException e) {
            throw new RuleException(where + ": field \"java\": cannot load class " + className);
        }
    }
}
