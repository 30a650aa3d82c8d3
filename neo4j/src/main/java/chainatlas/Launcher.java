package chainatlas;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community embedded with Bolt on loopback only, for the ChainAtlas Node server.
 *
 * Protocol on stdout (one line each, the Node side parses them):
 *   NEO4J_READY bolt://127.0.0.1:PORT VERSION
 *   NEO4J_ERROR CODE message        (CODE: PORT_IN_USE, STORE_LOCKED, BAD_ARGS, START_FAILED)
 * The process exits when its stdin reaches EOF (its parent died) or on SIGTERM/SIGINT, shutting
 * the database down cleanly in both cases.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        String home = opts.get("home");
        String port = opts.get("port");
        String passwordFile = opts.get("password-file");
        if (home == null || port == null || passwordFile == null) {
            fail("BAD_ARGS", "usage: --home DIR --port N --password-file FILE [--pagecache SIZE] [--tx-timeout DURATION]");
        }
        String password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).trim();
        if (password.length() < 8) {
            fail("BAD_ARGS", "password file " + passwordFile + " holds no usable password");
        }

        Map<String, String> config = new TreeMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        config.put("server.http.enabled", "false");
        config.put("server.https.enabled", "false");
        config.put("dbms.routing.enabled", "false");
        config.put("dbms.usage_report.enabled", "false");
        config.put("dbms.security.auth_enabled", "true");
        config.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "128m"));
        config.put("db.transaction.timeout", opts.getOrDefault("tx-timeout", "120s"));
        config.put("db.tx_log.rotation.retention_policy", "256M size");
        putTransactionMemory(config, Runtime.getRuntime().maxMemory());

        DatabaseManagementService dbms;
        try {
            Path conf = Path.of(home, "conf", "neo4j.conf");
            Files.createDirectories(conf.getParent());
            StringBuilder text = new StringBuilder("# Written by the ChainAtlas launcher at every start; edits are overwritten.\n");
            config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(conf, text.toString(), StandardCharsets.UTF_8);
            dbms = new DatabaseManagementServiceBuilder(Path.of(home)).loadPropertiesFromFile(conf).build();
        } catch (Throwable e) {
            Throwable root = rootCause(e);
            String text = String.valueOf(root.getMessage());
            if (root instanceof BindException || text.contains("Address already in use")) {
                fail("PORT_IN_USE", "Bolt port " + port + " on 127.0.0.1 is already in use");
            }
            if (text.toLowerCase().contains("lock")) {
                fail("STORE_LOCKED", "the database under " + home + " is already open in another process");
            }
            fail("START_FAILED", root.getClass().getName() + ": " + text);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        try {
            GraphDatabaseService system = dbms.database("system");
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused; any other failure is real.
            if (!String.valueOf(rootCause(e).getMessage()).contains("Old password and new password cannot be the same")) {
                fail("START_FAILED", "could not set the database password: " + rootCause(e).getMessage());
            }
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " " + Version.getNeo4jVersion());
        System.out.flush();

        Thread watchParent = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // The parent writes nothing; reading only detects its exit.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.exit(0);
        }, "parent-watch");
        watchParent.setDaemon(true);
        watchParent.start();

        stopped.await();
    }

    /**
     * Transaction memory, sized from the JVM's heap (-Xmx) so that an oversized transaction (a huge
     * one-transaction import) fails cleanly — Neo.TransientError.General.TransactionMemoryLimit,
     * rolled back, the database still up — instead of exhausting the heap or starving everyone
     * else. Community honours the per-transaction limit for what its operators track (collect,
     * ORDER BY, DISTINCT, aggregation, eager buffers): a console query that collects too much fails
     * alone with Neo.TransientError.General.MemoryPoolOutOfMemoryError ("db.memory.transaction.max
     * threshold reached"; measured on 5.26: 247 MiB with a 512 MB heap). It does not track a list or
     * string built inside one expression; that one fails with Neo.TransientError.General.OutOfMemoryError
     * when the heap runs out (the JVM is not told to exit on it):
     * - all transactions together may use 70% of the heap (Neo4j's default, stated explicitly);
     * - one transaction at most half of the heap, so the app's reads keep room while it runs;
     * - transaction state is kept off-heap, where it does not add to garbage collection; that
     *   needs the JVM option --add-opens=java.base/java.nio=ALL-UNNAMED, without which Neo4j logs
     *   a warning and keeps it on the heap. Off-heap state counts towards the same limits and is
     *   capped at half the heap in all, so the process never grows past heap + page cache +
     *   heap / 2 for transactions.
     */
    static void putTransactionMemory(Map<String, String> config, long heapBytes) {
        long mib = Math.max(64L, heapBytes / (1024L * 1024L));
        config.put("db.tx_state.memory_allocation", "OFF_HEAP");
        config.put("server.memory.off_heap.transaction_max_size", (mib / 2) + "m");
        config.put("dbms.memory.transaction.total.max", (mib * 7 / 10) + "m");
        config.put("db.memory.transaction.max", (mib / 2) + "m");
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                fail("BAD_ARGS", "unexpected argument " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void fail(String code, String message) {
        System.out.println("NEO4J_ERROR " + code + " " + message);
        System.out.flush();
        Runtime.getRuntime().halt(2);
    }
}
