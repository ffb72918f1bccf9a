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
# Class data sharing archives for build and for the other commands, made now by a build of the sample
# repository, so that no run in the container pays for them; the folder stays read-only to the user,
# which the launcher takes as "use what is there, make nothing".
ENV LEVERMAP_CDS_DIR=/opt/levermap/cds
RUN mkdir -p "$LEVERMAP_CDS_DIR" && levermap init /tmp/sample >/dev/null \
    && levermap build -C /tmp/sample -o /tmp/site >/dev/null && rm -rf /tmp/sample /tmp/site \
    && chmod -R a+rX "$LEVERMAP_CDS_DIR"
WORKDIR /data
ENTRYPOINT ["levermap"]
CMD ["--help"]
