package dev.bulwark.cli;

import dev.bulwark.report.Formats;
import dev.bulwark.report.ReportFormats;
import picocli.CommandLine;

import java.util.Iterator;

/**
 * {@code --format} takes the names registered in {@link ReportFormats}: these converters accept
 * them (and reject others with picocli's own wording for a closed list), and list them in help.
 */
final class FormatNames {
    private FormatNames() {}

    private abstract static class Names implements CommandLine.ITypeConverter<String>, Iterable<String> {
        private final Formats<?> formats;

        Names(Formats<?> formats) {
            this.formats = formats;
        }

        @Override
        public String convert(String value) {
            if (formats.find(value).isEmpty()) {
                throw new CommandLine.TypeConversionException("expected one of " + formats.names() + " (case-sensitive) but was '" + value + "'");
            }
            return value;
        }

        @Override
        public Iterator<String> iterator() {
            return formats.names().iterator();
        }
    }

    static final class Scan extends Names {
        Scan() {
            super(ReportFormats.SCAN);
        }
    }

    static final class Status extends Names {
        Status() {
            super(ReportFormats.STATUS);
        }
    }

    static final class Policy extends Names {
        Policy() {
            super(ReportFormats.POLICY);
        }
    }

    static final class Changes extends Names {
        Changes() {
            super(ReportFormats.CHANGES);
        }
    }

    static final class Ingest extends Names {
        Ingest() {
            super(ReportFormats.INGEST);
        }
    }
}
