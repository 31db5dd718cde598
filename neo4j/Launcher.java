import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * A Neo4j Community server for development and tests: the embedded database from Maven
 * Central with its Bolt connector switched on and authentication enforced. Runs from source,
 * with no build step:
 *
 *   NEO4J_PASSWORD=… java -Xmx512m -cp 'lib/*' Launcher.java <home directory> <bolt port>
 *
 * Port 0 takes any free port. With NEO4J_OWNER_PID set, the server stops when that process
 * ends, so a test run that is killed leaves no server behind. Once Bolt listens it prints one line,
 * "Neo4j <version> ready at bolt://127.0.0.1:<port>", which neo4j/local-server.ts waits for.
 * SIGTERM (or Ctrl-C) shuts the databases down cleanly through the shutdown hook.
 */
public class Launcher {
    /** Page cache for the store files; Neo4j would otherwise take half the machine's memory. */
    private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;
    /** All open transactions together may hold this much; the seed is the largest by far. */
    private static final long TRANSACTION_MEMORY_BYTES = 256L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp 'lib/*' Launcher.java <home directory> <bolt port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "spasm-atlas-dev");
        if (password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be at least 8 characters (Neo4j's rule); got " + password.length());
            System.exit(2);
        }

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, TRANSACTION_MEMORY_BYTES)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        setPassword(system, password);
        String version = Version.getNeo4jVersion();
        int boltPort = ((GraphDatabaseAPI) system).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("Neo4j " + version + " ready at bolt://127.0.0.1:" + boltPort);
        System.out.flush();
        String owner = System.getenv("NEO4J_OWNER_PID");
        if (owner != null) {
            ProcessHandle.of(Long.parseLong(owner)).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }
        stopped.await();
    }

    /** Embedded transactions run with full rights, so the password is set directly on the system database. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException error) {
            // A restart over existing data: the password is already the one asked for.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) throw error;
        }
    }
}
