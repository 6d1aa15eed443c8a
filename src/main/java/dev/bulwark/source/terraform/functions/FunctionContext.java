package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;

import java.util.List;

/**
 * What file and template functions need from the evaluator: access to files relative to the
 * module directory (read-only), and rendering of a template with variables. Paths are as written in
 * the configuration (relative paths resolve against the module directory).
 */
public interface FunctionContext {
    /** The file's text; throws FunctionException naming the path when it cannot be read. */
    String readFile(String path) throws FunctionException;

    /** The file's bytes, for {@code filebase64}. */
    byte[] readBytes(String path) throws FunctionException;

    boolean fileExists(String path);

    /** Paths under {@code dir} matching the glob {@code pattern}, relative to {@code dir}, sorted. */
    List<String> glob(String dir, String pattern) throws FunctionException;

    /** Renders template text (the contents of a template file) with the given variables object. */
    Value renderTemplate(String text, Value variables) throws FunctionException;

    /** A context with no file system: every file function fails with a clear message. */
    FunctionContext NONE = new FunctionContext() {
        public String readFile(String path) throws FunctionException {
            throw new FunctionException("file functions are not available here (reading " + path + ")");
        }

        public byte[] readBytes(String path) throws FunctionException {
            throw new FunctionException("file functions are not available here (reading " + path + ")");
        }

        public boolean fileExists(String path) {
            return false;
        }

        public List<String> glob(String dir, String pattern) throws FunctionException {
            throw new FunctionException("file functions are not available here");
        }

        public Value renderTemplate(String text, Value variables) throws FunctionException {
            throw new FunctionException("templates are not available here");
        }
    };
}
