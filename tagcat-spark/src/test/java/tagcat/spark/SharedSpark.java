package tagcat.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One local[2] Spark for every test class of the JVM: starting one costs seconds. */
final class SharedSpark {
    private static JavaSparkContext context;

    private SharedSpark() {
    }

    static synchronized JavaSparkContext context() {
        if (context == null) {
            context = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("tagcat-spark tests")
                    .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
            Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
        }
        return context;
    }
}
