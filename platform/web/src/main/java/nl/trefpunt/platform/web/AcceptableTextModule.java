package nl.trefpunt.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses unacceptable text ({@link AcceptableText}) in every string of a JSON body, with the
 * field's path, so the answer is a 400 naming the field and PostgreSQL never sees a NUL.
 */
class AcceptableTextModule extends SimpleModule {

    AcceptableTextModule() {
        super("trefpunt-acceptable-text");
        addDeserializer(String.class, new AcceptableStrings());
    }

    /** Jackson's own string reading, then the check. */
    static final class AcceptableStrings extends StdDeserializer<String> {

        AcceptableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = tools.jackson.databind.deser.jdk.StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !AcceptableText.isAcceptable(value)) {
                throw new UnacceptableText(parser, value);
            }
            return value;
        }
    }

    /** A string value with characters we do not take; {@link ApiProblems} names its field. */
    static final class UnacceptableText extends InvalidFormatException {

        UnacceptableText(JsonParser parser, String value) {
            super(parser, "Text with unacceptable characters", value, String.class);
        }
    }
}
