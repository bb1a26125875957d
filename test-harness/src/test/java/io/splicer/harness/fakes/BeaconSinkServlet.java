package io.splicer.harness.fakes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records every beacon hit, mapped to {@code /beacon/*}: any method on any path answers 204 and is
 * recorded; {@code GET /beacon/_hits} lists the hits, {@code DELETE /beacon/_hits} forgets them.
 */
public class BeaconSinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Recorder recorder = new Recorder();

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if ("/_hits".equals(req.getPathInfo())) {
      if ("DELETE".equals(req.getMethod())) {
        recorder.clear();
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else {
        recorder.dump(resp);
      }
      return;
    }
    recorder.record(req);
    resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
