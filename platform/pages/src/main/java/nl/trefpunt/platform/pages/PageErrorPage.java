package nl.trefpunt.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.trefpunt.platform.web.ProblemErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for errors that never reached a controller: the servlet container forwards them to
 * {@code /error} (a filter's {@code sendError(400)}, a body over the size limit, a refused URI).
 * platform-web's {@code ProblemErrorController} answers {@code /error} with problem+json; this
 * mapping is the same address for {@code text/html} only, so Spring MVC picks it when a browser
 * asks (its {@code Accept} names {@code text/html}) and API clients, also those sending
 * {@code *}{@code /*}, keep their problem+json.
 */
@Controller
class PageErrorPage {

    private final ShellModel shells;

    PageErrorPage(ShellModel shells) {
        this.shells = shells;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest request) {
        // The same status the API answer would have (an /error asked for directly is a 404).
        HttpStatusCode status = ProblemErrorController.statusOf(request);
        ModelAndView view = new ModelAndView(PageErrorViews.VIEW);
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("reason", PageErrorViews.reasonOf(status));
        view.addObject(ShellModel.ATTRIBUTE, shells.of(request, Map.of()));
        return view;
    }
}
