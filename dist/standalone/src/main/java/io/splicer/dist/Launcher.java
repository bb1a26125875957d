package io.splicer.dist;

/** Standalone launcher: embedded Tomcat with the filter, the admin console and the demo. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.out.println("Splicer launcher: being assembled (foundation issue)");
  }
}
