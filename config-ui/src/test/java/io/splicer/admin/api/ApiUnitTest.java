package io.splicer.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Route table, page tokens and If-Match handling without HTTP. */
class ApiUnitTest {

  private static final Handler OK = r -> ApiResponse.noContent();

  @Test
  void routeTable_match_bindsParamsAndRejects() {
    RouteTable t =
        RouteTable.builder().add("GET", "/a/{name}", OK).add("PUT", "/a/{name}", OK).build();
    RouteTable.Match m = t.match("PUT", "/a/x1");
    assertEquals(Map.of("name", "x1"), m.params());
    assertEquals("PUT", m.route().method());
    assertEquals(404, assertThrows(ApiException.class, () -> t.match("GET", "/a")).status());
    assertEquals(404, assertThrows(ApiException.class, () -> t.match("GET", "/a/")).status());
    assertEquals(404, assertThrows(ApiException.class, () -> t.match("GET", "/a/x/y")).status());
    ApiException e = assertThrows(ApiException.class, () -> t.match("DELETE", "/a/x"));
    assertEquals(405, e.status());
    assertEquals("GET, PUT", e.headers().get("Allow"));
  }

  @Test
  void routeTable_duplicate_rejected() {
    RouteTable.Builder b = RouteTable.builder().add("GET", "/a", OK);
    assertThrows(IllegalArgumentException.class, () -> b.add("GET", "/a", OK));
  }

  @Test
  void pageToken_roundTrip_andGarbage400() {
    assertEquals("abc-1_X", PageToken.decode(PageToken.encode("abc-1_X")));
    assertEquals(400, assertThrows(ApiException.class, () -> PageToken.decode("!!")).status());
    assertEquals(
        400,
        assertThrows(ApiException.class, () -> PageToken.decode("djE6Li4vZXRj")) // "v1:../etc"
            .status());
  }

  @Test
  void expectedVersion_ifMatchForms() {
    assertNull(EntityTags.expectedVersion(null, "v1"));
    assertEquals("*", EntityTags.expectedVersion(" * ", null));
    assertEquals("v1", EntityTags.expectedVersion("\"v0\", \"v1\"", "v1"));
    assertEquals(EntityTags.NEVER, EntityTags.expectedVersion("\"v0\"", "v1"));
    assertEquals(EntityTags.NEVER, EntityTags.expectedVersion("W/\"v1\"", "v1"));
    assertEquals(EntityTags.NEVER, EntityTags.expectedVersion("\"v1\"", null));
  }
}
