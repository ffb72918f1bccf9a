# levermap in a container: a JRE, the jar, and levermap's launcher with its JVM options.
# Built by the release workflow from the jar it has just tested (cli/target/levermap.jar):
#   mvn -B package -DskipTests && docker build -t levermap .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/data" levermap build
FROM eclipse-temurin:17-jre

COPY levermap jvm.options /opt/levermap/
COPY cli/target/levermap.jar /opt/levermap/levermap.jar
# The launcher runs LEVERMAP_JAR and never tries to build it; /data is where the data repository is
# mounted, and the data repository is found from it as from any folder.
ENV LEVERMAP_JAR=/opt/levermap/levermap.jar \
    PATH=/opt/levermap:$PATH
WORKDIR /data
ENTRYPOINT ["levermap"]
CMD ["--help"]
