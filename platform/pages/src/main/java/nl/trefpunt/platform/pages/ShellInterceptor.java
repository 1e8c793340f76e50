package nl.trefpunt.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Gives every rendered view the {@link Shell}, so a page's controller never has to. */
class ShellInterceptor implements HandlerInterceptor {

    private final ShellModel shells;

    ShellInterceptor(ShellModel shells) {
        this.shells = shells;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || isRedirect(view) || view.getModel().containsKey(ShellModel.ATTRIBUTE)) {
            return;
        }
        view.addObject(ShellModel.ATTRIBUTE, shells.of(request, view.getModel()));
    }

    private static boolean isRedirect(ModelAndView view) {
        String name = view.getViewName();
        return (name != null && name.startsWith("redirect:")) || view.getView() instanceof RedirectView;
    }
}
