package io.splicer.tracking.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON against the checked-in MediaTailor tracking schema (draft 2020-12). */
public final class SchemaValidation {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SchemaValidation() {}

  private static JsonSchema load() {
    try (InputStream in = resource("mediatailor-tracking.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream resource(String name) {
    InputStream in = SchemaValidation.class.getResourceAsStream("/tracking/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource [" + name + "]");
    }
    return in;
  }

  public static Set<ValidationMessage> validate(String json) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    return SCHEMA.validate(node);
  }

  static Set<ValidationMessage> validateResource(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return SCHEMA.validate(MAPPER.readTree(in));
    }
  }
}
