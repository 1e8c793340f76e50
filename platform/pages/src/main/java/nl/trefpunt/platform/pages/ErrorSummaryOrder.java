package nl.trefpunt.platform.pages;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts the error summary in the order of the form, so that a person reading it from the top meets
 * the problems in the order of the fields. Bean Validation reports violations in no particular
 * order. Form order is the order the template names ({@code order=...}), else the order in which
 * the form object declares its properties; errors for the whole form come first.
 *
 * <p>Used by {@code trefpunt/forms :: errorSummary} as bean {@value #BEAN_NAME}.
 */
public class ErrorSummaryOrder {

    public static final String BEAN_NAME = "trefpuntErrorSummaryOrder";

    private final Map<Class<?>, List<String>> declared = new ConcurrentHashMap<>();

    public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form, List<String> order) {
        List<String> fields = order != null && !order.isEmpty()
                ? order
                : form == null ? List.of() : declared.computeIfAbsent(form.getClass(), ErrorSummaryOrder::propertiesOf);
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> position(error, fields)));
        return sorted;
    }

    private static int position(DetailedError error, List<String> fields) {
        if (error.isGlobal()) {
            return -1;
        }
        String name = error.getFieldName();
        int end = name.length();
        for (char separator : new char[] {'.', '['}) {
            int at = name.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        int index = fields.indexOf(name.substring(0, end));
        return index < 0 ? fields.size() : index;
    }

    static List<String> propertiesOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return List.copyOf(names);
        }
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    names.add(field.getName());
                }
            }
        }
        return List.copyOf(names);
    }
}
