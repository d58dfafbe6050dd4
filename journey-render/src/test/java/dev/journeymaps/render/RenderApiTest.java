package dev.journeymaps.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The render module's public API speaks in its own types: no {@code java.awt} type (a {@code Shape}, a {@code Font})
 * in the signature of anything public, so that users and other writers need nothing from AWT and the layout can
 * change how it measures text without breaking them. AWT stays an implementation detail of layout and raster.
 */
class RenderApiTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noPublicTypeOfRenderMentionsJavaAwt() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                check(type, c, leaks);
            }
            for (Method m : type.getDeclaredMethods()) {
                if (exposed(m.getModifiers()) && !m.isSynthetic()) {
                    check(type, m, leaks);
                    mention(type + "." + m.getName() + " returns", m.getGenericReturnType(), leaks);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (exposed(f.getModifiers())) {
                    mention(type + "." + f.getName(), f.getGenericType(), leaks);
                }
            }
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents())
                        .forEach(r -> mention(type + "." + r.getName(), r.getGenericType(), leaks));
            }
            mention(type + " extends", type.getGenericSuperclass(), leaks);
            Arrays.stream(type.getGenericInterfaces()).forEach(i -> mention(type + " implements", i, leaks));
        }
        assertThat(leaks).isEmpty();
        assertThat(publicTypes()).as("the scan found the module's classes").hasSizeGreaterThan(20);
    }

    private static void check(Class<?> type, Executable e, List<String> leaks) {
        if (!exposed(e.getModifiers()) || e.isSynthetic()) {
            return;
        }
        for (Type p : e.getGenericParameterTypes()) {
            mention(type + "." + e.getName() + " takes", p, leaks);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            mention(type + "." + e.getName() + " throws", x, leaks);
        }
    }

    private static void mention(String where, Type type, List<String> leaks) {
        if (type != null && type.getTypeName().contains("java.awt.")) {
            leaks.add(where + " " + type.getTypeName());
        }
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Every class of the module that code outside it can name: public, inside public classes. */
    private static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/journeymaps/render"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, RenderApiTest.class.getClassLoader());
                if (isVisible(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
