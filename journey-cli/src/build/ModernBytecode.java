/*
 * Rewrites the Java 5 class files of picocli in the shaded journey.jar as Java 8 class files with stack map frames,
 * in place (a temporary file moved over it), every other entry copied as it is, in the same order.
 *
 * Why: picocli 4.7 ships Java 5 class files. Java 17's class-data sharing archives no class older than Java 6, so the
 * archive the launcher makes left out every picocli class, and each start parsed them from the jar and checked them
 * with the old type-inferring verifier: 0.1 s of CPU of the 0.26 s of `journey --version`. ASM recomputes the frames
 * (the same program, only the class file version and the verifier's hints change), so they are archived and checked
 * by the fast verifier. Run by the build (journey-cli/pom.xml, after the shade), with ASM on the class path:
 *
 *   java -cp asm.jar ModernBytecode.java target/journey.jar
 */
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

public class ModernBytecode {

    private static final String PREFIX = "picocli/";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path temporary = Files.createTempFile(jar.toAbsolutePath().getParent(), "journey", ".jar.tmp");
        int upgraded = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(temporary);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().startsWith(PREFIX) && entry.getName().endsWith(".class")
                        && majorVersion(bytes) < Opcodes.V1_8) {
                    bytes = upgraded(bytes, classes);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("ModernBytecode: " + upgraded + " picocli classes of " + jar + " now Java 8 class files");
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    private static byte[] upgraded(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes; // the common super classes of picocli's own types are in the jar
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
