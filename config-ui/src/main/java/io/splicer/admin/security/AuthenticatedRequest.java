package io.splicer.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** A request authenticated by {@link BuiltInAuthFilter}: the user holds exactly one role. */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

  private final String user;
  private final String role;
  private final String authType;

  AuthenticatedRequest(HttpServletRequest request, String user, String role, String authType) {
    super(request);
    this.user = user;
    this.role = role;
    this.authType = authType;
  }

  @Override
  public String getRemoteUser() {
    return user;
  }

  @Override
  public Principal getUserPrincipal() {
    return () -> user;
  }

  @Override
  public boolean isUserInRole(String r) {
    return role.equals(r);
  }

  @Override
  public String getAuthType() {
    return authType;
  }
}
